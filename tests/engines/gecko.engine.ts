/** The journeys in Gecko (Firefox ESR). */
import { engineJourneys } from './journeys.ts';
import { launchGecko } from './gecko.ts';

engineJourneys('Gecko', { launch: launchGecko, driverOffline: true });
