#!/bin/sh
# Takes the screenshots in docs/screenshots (desktop and phone) by running the browser tests that show each page,
# with -Dscreenshots=true. Needs Chromium at /usr/bin/chromium. Run from the repository root.
set -e
./mvnw -B test -Dscreenshots=true \
  -Dtest='OrientationTest,ReaderJourneyTest,EditorJourneyTest,EnhancementTest' "$@"
ls -l docs/screenshots
