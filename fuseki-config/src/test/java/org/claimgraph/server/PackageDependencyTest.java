package org.claimgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The pages are a layer under the server: the server installs them, they never reach back. */
class PackageDependencyTest {

    @Test
    void thePagesPackageDoesNotDependOnTheServerPackage() throws IOException {
        Path pages = Path.of("src/main/java/org/claimgraph/server/pages");
        List<String> backReferences;
        try (Stream<Path> sources = Files.list(pages)) {
            backReferences = sources.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(PackageDependencyTest::lines)
                    .filter(line -> line.matches(".*: import (static )?org\\.claimgraph\\.server\\.[A-Z].*"))
                    .toList();
        }
        assertThat(backReferences).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(line -> file.getFileName() + ": " + line.strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
