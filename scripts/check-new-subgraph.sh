#!/usr/bin/env bash
# Proves `npm run new-subgraph` makes a whole subgraph: in a throwaway copy of the working tree it
# scaffolds one, then type-checks, lints, checks the generated files and the composition, and runs the
# new subgraph's own test (migrations, seed, resolvers, N+1), its end-to-end test (the whole stack
# with it, a query through the gateway) and the Kubernetes manifests' test (its Deployment, Service,
# policies and migration Job, generated with the rest). The repository itself is not touched.
#
#   scripts/check-new-subgraph.sh [name]        # default name: youth-care (kebab-case, the harder case)
#
# Tests use TEST_DATABASE_URL's server when set (a database of their own there, dropped at the end),
# else the embedded PGlite. KEEP_COPY=1 leaves the copy in place (its path is printed) to look at.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NAME="${1:-youth-care}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/kansrijk-new-subgraph.XXXXXX")"
DB_URL=""
started=$SECONDS

cleanup() {
  if [ -n "$DB_URL" ]; then
    psql "$SERVER_URL" -qc "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [ -n "${KEEP_COPY:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "== copy of the working tree in $WORK"
cd "$ROOT"
# Tracked and new files as they are now (uncommitted changes included), nothing git ignores; outside a
# git checkout (an exported tree) everything but the installed packages and local data.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$WORK"
else
  tar --exclude=./node_modules --exclude=./.data --exclude=./.git -cf - . | tar -xf - -C "$WORK"
fi
# The installed packages, linked one by one; the workspace links (@kansrijk/*) are relative, so they
# point into the copy: a link to the whole node_modules would load the original's registry.
mkdir "$WORK/node_modules" "$WORK/node_modules/@kansrijk"
for entry in "$ROOT"/node_modules/* "$ROOT"/node_modules/.[!.]*; do
  [ -e "$entry" ] || continue
  base="$(basename "$entry")"
  [ "$base" = "@kansrijk" ] || ln -s "$entry" "$WORK/node_modules/$base"
done
for link in "$ROOT"/node_modules/@kansrijk/*; do
  ln -s "$(readlink "$link")" "$WORK/node_modules/@kansrijk/$(basename "$link")"
done

cd "$WORK"
echo "== npm run new-subgraph -- $NAME"
npm run -s new-subgraph -- "$NAME"

echo "== type-check, lint, generated files, composition"
npm run -s typecheck
npm run -s lint
npm run -s generate:check
npm run -s codegen:check >/dev/null
npm run -s compose:check

echo "== the new subgraph's tests, its end-to-end test through the gateway, and the Kubernetes manifests with it"
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  SERVER_URL="$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/postgres"; console.log(u.toString())' "$TEST_DATABASE_URL")"
  DB_NAME="kansrijk_new_subgraph_$$"
  psql "$SERVER_URL" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$DB_NAME\""
  DB_URL="$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$TEST_DATABASE_URL" "$DB_NAME")"
  TEST_DATABASE_URL="$DB_URL" npx jest "services/$NAME" "test/$NAME.e2e.test.ts" test/kubernetes.test.ts
else
  npx jest "services/$NAME" "test/$NAME.e2e.test.ts" test/kubernetes.test.ts
fi

echo "npm run new-subgraph -- $NAME: a whole subgraph ($((SECONDS - started)) s)"
