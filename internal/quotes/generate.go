package quotes

// The lists in lexicon/generated are made from packaged word and name
// sources (see NOTICE); this installs the pinned sources and regenerates
// them. The library itself never reads the sources.
//go:generate bash lexicon/gen/fetch.sh
