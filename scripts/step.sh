# Sourced by scripts/test, scripts/test-sanitize and .ci/run: `step NAME COMMAND...` runs the
# command and prints how long it took ("== NAME: 123 s" on stderr); a failure stops the script.
step() {
    local name="$1" start=$SECONDS
    shift
    "$@"
    echo "== ${name}: $((SECONDS - start)) s" >&2
}
