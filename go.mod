module github.com/newsdoc/newsdoc

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	golang.org/x/net v0.59.0
	golang.org/x/text v0.44.0
)
