# Sourced by the callgrind scripts after they set NORMS and make their `work` folder: NORMS
# becomes a copy that valgrind can read. valgrind 3.19 cannot read the DWARF 5 debug information
# of current Swift toolchains ("unhandled dwarf2 abbrev form", then it gives up), so the copy has
# none; its symbols stay, so profiles keep their function names, and it executes the same
# instructions.
if command -v strip > /dev/null && strip --strip-debug -o "$work/norms-for-valgrind" "$NORMS"; then
    NORMS="$work/norms-for-valgrind"
fi
