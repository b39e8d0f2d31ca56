#!/usr/bin/env bash
# Usage: ensure-tool.sh "<command>[|<alternative>...]" <debian package>...
#
# Prints the path of the first of the commands that is installed. If none is and this runs as root on a Debian-like
# system, installs the packages first (apt-get update, then apt-get install). Exits with 3 and says why on stderr
# when the tool is missing and cannot be installed; the journey that needs it is then skipped with that reason.
#   ensure-tool.sh "chromium|chromium-browser|google-chrome" chromium fonts-dejavu-core
#   ensure-tool.sh jq jq
set -uo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: ensure-tool.sh \"<command>[|<alternative>...]\" <debian package>..." >&2
  exit 2
fi
IFS='|' read -r -a commands <<< "$1"
shift
packages=("$@")

find_tool() {
  local candidate
  for candidate in "${commands[@]}"; do
    if command -v "$candidate" >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

if find_tool; then
  exit 0
fi
if [[ "$(id -u)" != "0" ]]; then
  echo "${commands[0]} is not installed and this build does not run as root, so it cannot apt-get install it" \
       "(install the Debian package '${packages[0]}')" >&2
  exit 3
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "${commands[0]} is not installed and there is no apt-get to install it with" >&2
  exit 3
fi
echo "${commands[0]} is missing; installing ${packages[*]} (apt-get update && apt-get install) ..." >&2
# Waits for the dpkg lock rather than failing when another apt-get is running on the machine.
export DEBIAN_FRONTEND=noninteractive
if ! apt-get -o DPkg::Lock::Timeout=600 -qq update >&2; then
  echo "apt-get update failed, so ${packages[0]} cannot be installed" >&2
  exit 3
fi
if ! apt-get -o DPkg::Lock::Timeout=600 -qq -y install --no-install-recommends "${packages[@]}" >&2; then
  echo "apt-get install ${packages[*]} failed" >&2
  exit 3
fi
find_tool || { echo "apt-get installed ${packages[*]} but ${commands[0]} is not on the PATH" >&2; exit 3; }
