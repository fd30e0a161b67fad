/** What the GPX and calendar exports need besides the schedule: names and links in one language. */
export type ExportLabels = {
	/** The itinerary's name, or a fallback such as "Cao Bằng itinerary". */
	title: string;
	/** "Day 2" (or the day's own title). */
	dayName: (index: number) => string;
	/** Absolute URL of a stop's page on the guide. */
	stopUrl: (type: 'place' | 'service', id: string) => string;
	/** The guide's own host, for calendar UIDs. */
	host: string;
};
