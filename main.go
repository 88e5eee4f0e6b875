// Command storyline turns news articles into a timeline you can explore: what happened
// when, who was involved, who said what and according to whom.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

func main() {
	os.Exit(guarded(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// guarded runs the command and turns a panic anywhere outside the explorer (which restores
// the terminal itself) into a one-line message and a failing exit status.
func guarded(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return guardedWith(func() int { return execute(args, stdin, stdout, stderr) }, stderr)
}

func guardedWith(f func() int, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "storyline: internal error: %v (please report it; set STORYLINE_DEBUG=1 for details)\n", r)
			if os.Getenv("STORYLINE_DEBUG") != "" {
				stderr.Write(debug.Stack())
			}
			code = 70
		}
	}()
	return f()
}
