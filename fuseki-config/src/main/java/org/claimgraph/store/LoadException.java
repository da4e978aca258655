package org.claimgraph.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Input could not be loaded; nothing from the failed load was stored. When the input is a file, the
 * exception names it and, when the parser knows it, the line and column.
 */
public class LoadException extends StoreException {

    private final Path file;
    private final long line;
    private final long column;

    /** A failure not tied to a file position. */
    public LoadException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.line = -1;
        this.column = -1;
    }

    /** A parse failure in {@code file}; {@code line} and {@code column} are 1-based, or -1 when unknown. */
    public LoadException(Path file, long line, long column, String problem, Throwable cause) {
        super(location(file, line, column) + ": " + problem + " (nothing was stored; fix the file and load again)",
                cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** 1-based line, or -1 when unknown. */
    public long line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public long column() {
        return column;
    }

    private static String location(Path file, long line, long column) {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0)
                where.append(':').append(column);
        }
        return where.toString();
    }
}
