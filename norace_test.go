//go:build !race

package newsdoc

const raceEnabled = false
