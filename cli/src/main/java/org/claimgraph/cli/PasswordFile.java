package org.claimgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A user and password from the server's password file (Jetty HashLoginService format, as {@code serve --passwd}
 * reads it): lines {@code user: password[,role ...]}, {@code #} comments.
 */
record PasswordFile(String user, String password) {
  @Override
  public String toString() {
    return "PasswordFile[user=" + user + "]"; // never the password
  }

  /** The entry for {@code user} in {@code file}, or its first entry when {@code user} is null. */
  static PasswordFile read(Path file, String user) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("--passwd " + file + ": cannot read (" + e.getMessage() + ")");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new InputException("--passwd " + file + " line " + (i + 1) + ": expected \"user: password\"");
      }
      String name = line.substring(0, colon).strip();
      if (user != null && !user.equals(name)) {
        continue;
      }
      String password = line.substring(colon + 1).split(",", 2)[0].strip();
      if (password.isEmpty()) {
        throw new InputException("--passwd " + file + " line " + (i + 1) + ": user " + name
            + " has an empty password; give it one");
      }
      if (password.matches("(?i)(OBF|MD5|CRYPT):.*")) {
        throw new InputException("--passwd " + file + " line " + (i + 1) + ": the password of " + name
            + " is stored hashed (" + password.substring(0, password.indexOf(':')) + ":), which cannot be sent; "
            + "give ingest a file with the password in clear");
      }
      return new PasswordFile(name, password);
    }
    throw new InputException("--passwd " + file + ": " + (user == null ? "no user in the file"
        : "no user " + user + " in the file") + "; lines are \"user: password\"");
  }
}
