/** The journeys in WebKit, the engine of every browser on an iPhone. */
import { engineJourneys } from './journeys.ts';
import { launchWebKit } from './webkit.ts';

// WebKitWebDriver cannot take the network away: only the server going away cuts it.
engineJourneys('WebKit', { launch: launchWebKit, driverOffline: false });
