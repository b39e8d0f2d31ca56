#!/usr/bin/env bash
# Prints the path of a headless-capable Chromium. If none is installed and this runs as root on a Debian-like
# system, installs Debian's `chromium` package first (apt-get update, then install). Exits with 3 and says why on
# stderr when there is none and it cannot be installed; the console journey is then skipped with that reason.
set -uo pipefail

find_chromium() {
  local candidate
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

if find_chromium; then
  exit 0
fi
if [[ "$(id -u)" != "0" ]]; then
  echo "Chromium is not installed and this build does not run as root, so it cannot apt-get install it" \
       "(install the Debian package 'chromium' to run this journey)" >&2
  exit 3
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is not installed and there is no apt-get to install it with" >&2
  exit 3
fi
echo "Chromium is missing; installing Debian's chromium package (apt-get update && apt-get install chromium) ..." >&2
# Waits for the dpkg lock rather than failing when another apt-get is running on the machine.
export DEBIAN_FRONTEND=noninteractive
if ! apt-get -o DPkg::Lock::Timeout=600 -qq update >&2; then
  echo "apt-get update failed, so Chromium cannot be installed" >&2
  exit 3
fi
if ! apt-get -o DPkg::Lock::Timeout=600 -qq -y install --no-install-recommends chromium fonts-dejavu-core >&2; then
  echo "apt-get install chromium failed, so the console cannot be checked in a browser" >&2
  exit 3
fi
find_chromium || { echo "apt-get installed chromium but no chromium binary is on the PATH" >&2; exit 3; }
