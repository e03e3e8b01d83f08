# Shared by Scripts/run, Scripts/test and Scripts/bench: find Swift and install what a fresh Debian
# machine lacks. Sourced, not run. Everything it prints goes to stderr, so `Scripts/run --version`
# prints only the version.

say() { printf '%s\n' "$*" >&2; }

# Swift lives in /opt/swift on these machines; a login shell may not have it on PATH.
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  export PATH="/opt/swift/usr/bin:$PATH"
fi
if ! command -v swift >/dev/null 2>&1; then
  say "Swift 6 is needed and was not found. Install it from swift.org, then run this again."
  exit 69
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    say "Need root to run: $*"; exit 77; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    say "Installing $* (apt-get)…"
    as_root apt-get update -qq >&2
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >&2
}

# libedit's headers (the runtime is there already) and pkg-config, which finds them; libsodium's headers
# and static library (linked into the binary).
need_build_deps() {
  local missing=()
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  if ! pkg-config --exists libedit 2>/dev/null || [ ! -f /usr/include/histedit.h ]; then
    missing+=(libedit-dev)
  fi
  if [ ! -f /usr/include/sodium.h ] || ! ls /usr/lib/*/libsodium.a >/dev/null 2>&1; then
    missing+=(libsodium-dev)
  fi
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

# pexpect and pytest drive the terminal and command-line tests; markdown-it-py renders the Markdown export
# as a CommonMark reader would; icalendar parses the calendar export as a calendar would.
need_test_deps() {
  if ! python3 -c 'import pexpect, pytest, markdown_it, icalendar, nacl, jsonschema' >/dev/null 2>&1; then
    say "Installing pexpect, pytest, markdown-it-py, icalendar, PyNaCl and jsonschema (pip)…"
    python3 -m pip install -q pexpect pytest markdown-it-py icalendar pynacl jsonschema >&2 \
      || apt_install python3-pexpect python3-pytest python3-markdown-it python3-icalendar python3-nacl \
        python3-jsonschema
  fi
}
