#!/usr/bin/env bash
# README, "run every test": ./mvnw -B verify, with any arguments given (CI adds -Prelease).
# The browser tests (web module, PageBrowserIT) drive Debian's Chromium through Debian's ChromeDriver
# (no browser download) and need a Chinese font for legible screenshots: installed here when missing,
# as root or with sudo. They never skip: without a browser they fail and say how to install it.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if ! command -v fc-list > /dev/null || ! fc-list :lang=zh | grep -q .; then
    need+=(fonts-wqy-microhei)
fi
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif command -v sudo > /dev/null; then
        sudo=(sudo)
    else
        echo "scripts/test.sh: the browser tests need ${need[*]}: apt-get install -y ${need[*]} (as root)" >&2
        exit 2
    fi
    echo "scripts/test.sh: installing ${need[*]} for the browser tests" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}" > /dev/null
fi

exec ./mvnw -B verify "$@"
