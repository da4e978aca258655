#!/usr/bin/env bash
# Takes the README's screenshots (docs/*.png) of a running `claimgraph up` with Debian's headless Chromium.
#   ./claimgraph up &   then   docs/screenshots.sh [http://localhost:3030]
set -euo pipefail
root="${1:-http://localhost:3030}"
out="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
profile="$(mktemp -d)"; trap 'rm -rf "$profile"' EXIT
shot() {  # name path height
  chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --window-size=1280,"$3" --virtual-time-budget=8000 --screenshot="$out/$1.png" "$root$2" 2>/dev/null
  echo "docs/$1.png  <- $root$2"
}
# A claim by whoever is quoted most: found through the SPARQL endpoint, not hard-coded.
claim="$(curl -s "$root/kg/sparql" --data-urlencode 'query=PREFIX cg: <https://w3id.org/claimgraph/ontology#>
SELECT ?c WHERE { ?c a cg:Claim ; cg:claimKind cg:DirectQuote ; cg:claimant ?p . } ORDER BY ?c LIMIT 1' \
  -H 'Accept: text/csv' | sed -n 2p | tr -d '\r')"
entity="$(curl -s "$root/kg/sparql" --data-urlencode 'query=PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> PREFIX cg: <https://w3id.org/claimgraph/ontology#>
SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e . ?e a cg:Company } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1' \
  -H 'Accept: text/csv' | sed -n 2p | cut -d, -f1 | tr -d '\r')"
shot home "/" 1500
shot entity "/resource?iri=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$entity")" 2200
shot claim "/resource?iri=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$claim")" 1200
# The query UI with the first example query loaded, as the home page's example links open it.
query="$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(open(sys.argv[1]).read(),safe=""))' \
  "$out/../fuseki-config/queries/10-who-said-what-about-open-source.rq")"
shot query-ui "/?ui#/dataset/kg/query?query=$query" 1100
