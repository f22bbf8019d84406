// Command newsdoc parses news articles into structured JSON.
//
// Usage:
//
//	newsdoc parse [flags] [FILE|DIR ...]
//	newsdoc dates [flags]
//	newsdoc dups [flags] [FILE|DIR ...]
//
// Run "newsdoc -h" or "newsdoc parse -h" for the flags.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

const usage = `newsdoc turns news articles (Dutch and English) into structured JSON.

Usage:
  newsdoc parse [flags] [FILE|DIR ...]   parse articles; one JSON object per line
  newsdoc dates [flags]                  read date expressions, one per line on stdin
  newsdoc dups [flags] [FILE|DIR ...]    find near-duplicate articles; one JSON object per pair
  newsdoc version                        print the version of newsdoc
  newsdoc help [COMMAND]                 print this text, or a command's help

Run "newsdoc help COMMAND" or "newsdoc COMMAND -h" for a command's flags.
`

type command func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

var commands = map[string]command{
	"parse": runParse,
	"dates": runDates,
	"dups":  runDups,
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
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if cmd, ok := commands[args[1]]; ok {
				return cmd([]string{"-h"}, stdin, stdout, stdout) // asked for: on stdout
			}
			if args[1] != "version" {
				fmt.Fprintf(stderr, "newsdoc help: unknown command %q\n\n%s", args[1], usage)
				return 2
			}
		}
		fmt.Fprint(stdout, usage)
		return 0
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, version())
		return 0
	}
	fmt.Fprintf(stderr, "newsdoc: unknown command %q\n\n%s", args[0], usage)
	return 2
}

// version describes the build from the module's build information: the
// module version ("v1.2.0" with go install, "(devel)" in a checkout), the
// VCS revision when known, and the Go version.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "newsdoc (no build information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	s := "newsdoc " + v
	var rev, modified string
	for _, kv := range bi.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.modified":
			if kv.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if rev != "" {
		s += " " + rev[:min(12, len(rev))] + modified
	}
	return s + " " + bi.GoVersion
}
