package org.claimgraph.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The example queries of {@code fuseki-config/queries/} (copied into the jar by the build), in file-name
 * order. A file {@code 20-models-by-company.rq} starting with {@code # title: Which models each company
 * develops} and {@code # title-zh: 各公司开发的模型} becomes
 * {@code ExampleQuery("models-by-company", "Which models each company develops", "各公司开发的模型", text)}.
 */
public final class ExampleQueries {

    /** Classpath folder of the .rq files. */
    public static final String RESOURCE_FOLDER = "/org/claimgraph/server/queries/";

    private static final Pattern FILE_NAME = Pattern.compile("(?:\\d+-)?(.+)\\.rq");
    private static final Pattern TITLE = Pattern.compile("(?m)^#\\s*title:\\s*(.+?)\\s*$");
    private static final Pattern CHINESE_TITLE = Pattern.compile("(?m)^#\\s*title-zh:\\s*(.+?)\\s*$");

    private ExampleQueries() {}

    /** Read on first use (the server touches them at start-up), then shared: the list is immutable. */
    private static final class Loaded {
        static final List<ExampleQuery> ALL = readFrom(ExampleQueries.class.getResource(RESOURCE_FOLDER));
    }

    /** All example queries, in file-name order, read once per JVM. */
    public static List<ExampleQuery> all() {
        return Loaded.ALL;
    }

    /** The example query called {@code name}. */
    public static ExampleQuery named(String name) {
        return all().stream().filter(q -> q.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No example query named \"" + name + "\"; there are "
                        + all().stream().map(ExampleQuery::name).toList()));
    }

    /**
     * Reads the {@code .rq} files of a classpath folder, in a directory or inside a jar. A jar is opened as a
     * file system of our own, never the JVM-wide one that {@code FileSystems.newFileSystem(URI)} registers:
     * two readers sharing that one could close it under each other.
     */
    static List<ExampleQuery> readFrom(URL folder) {
        if (folder == null)
            throw new IllegalStateException("Example queries missing from the classpath (" + RESOURCE_FOLDER
                    + "); rebuild the fuseki-config module");
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme()))
                return readFolder(Path.of(uri));
            String spec = uri.getRawSchemeSpecificPart();
            int separator = spec.indexOf("!/");
            Path jarFile = Path.of(new URI(spec.substring(0, separator)));
            try (FileSystem jar = FileSystems.newFileSystem(jarFile, (ClassLoader) null)) {
                return readFolder(jar.getPath(spec.substring(separator + 1)));
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot list the example queries at " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<ExampleQuery> readFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .map(ExampleQueries::read)
                    .toList();
        }
    }

    private static ExampleQuery read(Path file) {
        String fileName = file.getFileName().toString();
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches())
            throw new IllegalStateException("Unexpected example query file name " + fileName);
        try (InputStream in = Files.newInputStream(file)) {
            String sparql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher title = TITLE.matcher(sparql);
            if (!title.find())
                throw new IllegalStateException(fileName + ": add a \"# title: ...\" line at the top");
            Matcher chineseTitle = CHINESE_TITLE.matcher(sparql);
            return new ExampleQuery(name.group(1), title.group(1),
                    chineseTitle.find() ? chineseTitle.group(1) : title.group(1), sparql);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read example query " + fileName, e);
        }
    }
}
