#!/usr/bin/env bash
# The server suites once per instant, with the system clock moved there (Debian's faketime) and
# the test CMS's clock started at the same instant: nothing a test checks may depend on the day
# the suite runs. Needs `apt-get install faketime`. Usage: test-any-day.sh [vitest arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v faketime >/dev/null; then
  echo "faketime is not installed: apt-get install faketime" >&2
  exit 1
fi

# An instant in UTC, and the time zone the machine runs in for that run.
runs=(
  "2027-03-28 01:30:00|UTC"              # the night Berlin springs forward: 03:30 CEST, an hour after the gap
  "2026-10-25 00:30:00|UTC"              # the night Berlin falls back: 02:30 CEST, the first of the two
  "2028-02-29 12:00:00|UTC"              # a leap day
  "2026-12-31 23:59:30|UTC"              # just before midnight UTC, already New Year in Berlin
  "2026-06-17 10:00:00|UTC"              # an ordinary day
  "2026-06-17 10:00:00|America/New_York" # the same day on a machine in another zone
)
suites=(test/cms test/api test/unit test/admin)
# Not rerun: the browser files (*-browser.test.ts), whose clock-dependent answers the route suites above check
# without a browser, and the files that read neither the clock nor the machine's zone.
not_on_other_days=(
  'test/admin/*-browser.test.ts'
  test/admin/content-manager-views.test.ts # field labels and list columns
  test/admin/snippet.test.ts               # the embed code, from options
  test/api/rest.test.ts                    # Strapi's REST routes: roles and tokens
  test/cms/backup-restore.test.ts          # a copy's answers equal the original's, whatever the day
  test/unit/admin-build-freshness.test.ts  # hashes of build inputs
  test/unit/choice-texts.test.ts           # which type a choice belongs to
  test/unit/config.test.ts                 # the plugin's settings
  test/unit/docs-map.test.ts               # the docs' map of the folders
  test/unit/first-request.test.ts          # the widgets' first URL
  test/unit/site-report-template.test.ts   # the report page template rule
)
exclusions=()
for pattern in "${not_on_other_days[@]}"; do exclusions+=(--exclude "$pattern"); done

failed=()
for run in "${runs[@]}"; do
  instant=${run%%|*}
  zone=${run##*|}
  # faketime reads its start in the zone of the process: write the UTC instant as that zone's wall time.
  local_start=$(TZ=$zone date -d "$instant UTC" '+%Y-%m-%d %H:%M:%S')
  echo "== $instant UTC (TZ=$zone)"
  if ! TZ=$zone TREFFPUNKT_TEST_NOW="$(date -u -d "$instant UTC" '+%Y-%m-%dT%H:%M:%SZ')" \
    faketime -f "@$local_start" npx vitest run "${suites[@]}" "${exclusions[@]}" "$@"; then
    failed+=("$instant UTC (TZ=$zone)")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  printf 'failed at: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "== passed at all ${#runs[@]} instants"
