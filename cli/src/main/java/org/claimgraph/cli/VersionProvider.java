package org.claimgraph.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = ClaimgraphCli.class.getPackage().getImplementationVersion();
    return new String[] {"claimgraph " + (v == null ? "development" : v),
        "Stanford CoreNLP 4.5.10, Apache Jena 5.6.0, Java " + System.getProperty("java.version")};
  }
}
