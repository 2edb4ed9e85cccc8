#!/usr/bin/env bash
# Checks for the Debian packages that Qt, a headless display and the tests need,
# and installs the missing ones (as root, or through password-less sudo).
# Usage: scripts/debian-deps.sh [PACKAGE...]   (no argument: the project's list)
set -euo pipefail

# Qt's offscreen platform fails to load without these (ImportError: libglib-2.0.so.0).
qt_offscreen=(libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3)
# A real window under Xvfb: `make run` on a headless machine, screenshots.
xvfb=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1
      libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-randr0 libxcb-shm0 libxcb-sync1
      libxcb-xfixes0)
# age: interoperability tests; poppler-utils: PDF checks; DejaVu: every Azerbaijani letter;
# postgresql: the store's portable part on a real server (tests/test_postgres_portable.py).
tools=(age poppler-utils fonts-dejavu-core postgresql)

if (($#)); then
    wanted=("$@")
else
    wanted=("${qt_offscreen[@]}" "${xvfb[@]}" "${tools[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "debian-deps: not a Debian system; make sure the equivalents of these are installed: ${wanted[*]}" >&2
    exit 0
fi

missing_packages() {
    local installed
    # dpkg-query exits non-zero when it has never heard of a package: that one is missing too.
    installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${wanted[@]}" 2>/dev/null \
        | awk '$1 == "ii" { print $2 }' || true)
    local pkg
    for pkg in "${wanted[@]}"; do
        grep -qxF -- "$pkg" <<<"$installed" || echo "$pkg"
    done
}

mapfile -t missing < <(missing_packages)
((${#missing[@]})) || exit 0

if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "debian-deps: missing Debian packages: ${missing[*]}; install them with:" \
        "sudo apt-get update && sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "debian-deps: installing ${missing[*]}"
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
"${apt[@]}" update
"${apt[@]}" install -y --no-install-recommends "${missing[@]}"

mapfile -t missing < <(missing_packages)
if ((${#missing[@]})); then
    echo "debian-deps: still missing after apt-get install: ${missing[*]}" >&2
    exit 1
fi
