#!/usr/bin/env bash
# The JMH suite of the text units: scripts/jmh.sh text (kept for the commands quoted in the docs).
#
#   scripts/jmh-text.sh [JMH OPTIONS]
exec "$(dirname "${BASH_SOURCE[0]}")/jmh.sh" text "$@"
