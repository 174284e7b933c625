#!/usr/bin/env bash
# Tests the pre-commit hook (.pre-commit-hooks.yaml) the way a user's repository runs it: with
# `pre-commit try-repo` on this repository at REF (default: HEAD; a release tag such as v0.1.0 tests
# what the README tells users to pin), in a scratch repository holding a policy, a test suite and
# another YAML file.
#   1. a clean policy (and a non-policy YAML file, and a test suite) passes;
#   2. a policy with a misspelt key fails, and the output names the finding.
#
# Usage: scripts/try-pre-commit.sh [REF]
# Installs pre-commit from PyPI (python3 -m pip install --user pre-commit) when it is missing.
# pre-commit builds norms in release mode in its own cache on the first run, which takes minutes.
set -euo pipefail

ref="${1:-HEAD}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
git -C "$repo" rev-parse --verify --quiet "$ref^{commit}" >/dev/null || { echo "error: no revision '$ref' in $repo" >&2; exit 64; }

if python3 -m pre_commit --version >/dev/null 2>&1; then
    pre_commit=(python3 -m pre_commit)
elif command -v pre-commit >/dev/null; then
    pre_commit=(pre-commit)
else
    echo "== installing pre-commit from PyPI"
    python3 -m pip install --quiet --user pre-commit
    pre_commit=(python3 -m pre_commit)
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
git init -q .
git config user.email "try-pre-commit@example.invalid"
git config user.name "try-pre-commit"
mkdir -p policies/base
cp "$repo/policies/oncall.yaml" policies/
cp "$repo/policies/base/company.yaml" policies/base/
printf 'name: not a policy\nsteps: [build, test]\n' > ci.yaml
printf 'policy: policies/oncall.yaml\ncases: []\n' > oncall.test.yaml
git add -A

echo "== 1. a clean policy passes (pre-commit try-repo $repo norms-lint --ref $ref)"
"${pre_commit[@]}" try-repo "$repo" norms-lint --ref "$(git -C "$repo" rev-parse "$ref")" --all-files

echo "== 2. a misspelt key fails"
sed -i.orig 's/^timezone:/timezon:/' policies/base/company.yaml
rm -f policies/base/company.yaml.orig
git add -A
if output="$("${pre_commit[@]}" try-repo "$repo" norms-lint --ref "$(git -C "$repo" rev-parse "$ref")" --all-files 2>&1)"; then
    echo "$output"
    echo "error: the hook passed a policy with an unknown key" >&2
    exit 1
fi
echo "$output"
grep -q "unknown-key" <<<"$output" || { echo "error: the hook failed without naming the unknown-key finding" >&2; exit 1; }
echo "pre-commit hook at $ref: ok"
