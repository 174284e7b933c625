#!/usr/bin/env bash
# Builds `norms` in release mode and installs it under PREFIX (default /usr/local):
#   PREFIX/bin/norms                                   the command
#   PREFIX/share/man/man1/norms.1                      its man page, generated from the command definitions
#   PREFIX/share/bash-completion/completions/norms     shell completions (bash, zsh, fish)
#   PREFIX/share/zsh/site-functions/_norms
#   PREFIX/share/fish/vendor_completions.d/norms.fish
#
# Usage: scripts/install.sh [--prefix DIR]      (or PREFIX=DIR scripts/install.sh)
#        scripts/install.sh --uninstall [--prefix DIR]
# Needs Swift 6, libyaml and libical (apt-get install libyaml-dev libical-dev pkg-config;
# brew install libyaml libical pkg-config).
set -euo pipefail

prefix="${PREFIX:-/usr/local}"
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "error: --prefix needs a folder" >&2; exit 64; }; prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "error: unknown argument '$1' (see --help)" >&2; exit 64 ;;
    esac
done

bin="$prefix/bin"
man="$prefix/share/man/man1"
bash_completions="$prefix/share/bash-completion/completions"
zsh_completions="$prefix/share/zsh/site-functions"
fish_completions="$prefix/share/fish/vendor_completions.d"

if [ "$action" = uninstall ]; then
    rm -f "$bin/norms" "$man/norms.1" "$bash_completions/norms" "$zsh_completions/_norms" "$fish_completions/norms.fish"
    echo "Removed norms from $prefix"
    exit 0
fi

cd "$(dirname "$0")/.."
if ! pkg-config --exists yaml-0.1 2>/dev/null || ! pkg-config --exists libical 2>/dev/null; then
    echo "error: libyaml or libical was not found through pkg-config; install them first:" >&2
    echo "  apt-get install libyaml-dev libical-dev pkg-config     # Debian, Ubuntu" >&2
    echo "  brew install libyaml libical pkg-config                # macOS" >&2
    exit 1
fi

echo "== generating the man page"
# swift-argument-parser's generate-manual plugin writes it from the command definitions. It makes
# a release build of its own, linked dynamically, so it runs before the build that is installed.
manual_dir=".build/plugins/GenerateManual/outputs/norms"
rm -rf "$manual_dir"
swift package generate-manual >/dev/null
manual="$(find .build/plugins/GenerateManual -name norms.1 -print -quit)"
[ -n "$manual" ] || { echo "error: the generate-manual plugin wrote no norms.1" >&2; exit 1; }

echo "== building norms (release)"
# On Linux the Swift runtime and Foundation are linked into the binary: a process then starts
# without the dynamic loader resolving their symbols (20 of the 70 million instructions a short
# command took), and the binary runs without the toolchain's shared libraries. macOS ships them
# with the system.
if [ "$(uname -s)" = Linux ]; then
    swift build -c release --product norms --static-swift-stdlib
else
    swift build -c release --product norms
fi
built="$(swift build -c release --show-bin-path)/norms"

echo "== installing into $prefix"
install -d "$bin" "$man" "$bash_completions" "$zsh_completions" "$fish_completions"
install -m 755 "$built" "$bin/norms"
install -m 644 "$manual" "$man/norms.1"
"$built" --generate-completion-script bash > "$bash_completions/norms"
"$built" --generate-completion-script zsh > "$zsh_completions/_norms"
"$built" --generate-completion-script fish > "$fish_completions/norms.fish"

echo "Installed norms $("$bin/norms" --version) as $bin/norms, with its man page (man norms) and completions."
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "note: $bin is not on PATH; add it, e.g. echo 'export PATH=\"$bin:\$PATH\"' >> ~/.bashrc" ;;
esac
