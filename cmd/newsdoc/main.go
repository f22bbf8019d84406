// Command newsdoc parses news articles into structured JSON.
//
// Usage:
//
//	newsdoc parse [flags] [FILE|DIR ...]
//	newsdoc dates [flags]
//
// Run "newsdoc -h" or "newsdoc parse -h" for the flags.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `newsdoc turns news articles (Dutch and English) into structured JSON.

Usage:
  newsdoc parse [flags] [FILE|DIR ...]   parse articles; one JSON object per line
  newsdoc dates [flags]                  read date expressions, one per line on stdin

Run "newsdoc COMMAND -h" for a command's flags.
`

type command func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

var commands = map[string]command{
	"parse": runParse,
	"dates": runDates,
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	if cmd, ok := commands[args[0]]; ok {
		return cmd(args[1:], stdin, stdout, stderr)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "newsdoc: unknown command %q\n\n%s", args[0], usage)
	return 2
}
