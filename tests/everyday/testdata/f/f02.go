// f02: command-line parsing with flag.NewFlagSet over fixed argument slices.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			return errors.New("empty element")
		}
		*s = append(*s, part)
	}
	return nil
}

type level int

func (l *level) String() string { return [...]string{"debug", "info", "warn", "error"}[*l] }
func (l *level) Set(v string) error {
	for i, name := range []string{"debug", "info", "warn", "error"} {
		if strings.EqualFold(v, name) {
			*l = level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", v)
}

type options struct {
	tables  stringList
	timeout time.Duration
	workers int
	dryRun  bool
	lvl     level
	output  string
}

func parse(args []string) (*options, []string, error) {
	fs := flag.NewFlagSet("loader", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o := &options{lvl: 1}
	fs.Var(&o.tables, "table", "table(s) to load, comma separated, repeatable")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "per-table timeout")
	fs.IntVar(&o.workers, "workers", 4, "parallel workers")
	fs.BoolVar(&o.dryRun, "dry-run", false, "do not write")
	fs.Var(&o.lvl, "log", "log level")
	fs.StringVar(&o.output, "o", "stdout", "output target")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	if o.workers < 1 || o.workers > 64 {
		return nil, nil, fmt.Errorf("workers must be in [1,64], got %d", o.workers)
	}
	if len(o.tables) == 0 {
		return nil, nil, errors.New("at least one -table is required")
	}
	return o, fs.Args(), nil
}

func main() {
	cases := [][]string{
		{"-table", "users,orders", "-table=events", "-timeout", "1m30s", "-dry-run", "extra1", "extra2"},
		{"-workers=8", "-log", "WARN", "-table", "t1", "--", "-not-a-flag"},
		{"-table", "a,,b"},
		{"-timeout", "5 minutes", "-table", "x"},
		{"-workers", "0", "-table", "x"},
		{"-workers", "ten"},
		{"-verbose"},
		{"-log", "trace", "-table", "x"},
		{"-o"},
		{},
		{"-h"},
	}
	failures := 0
	for i, args := range cases {
		fmt.Printf("case %2d %q\n", i+1, args)
		o, rest, err := parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			fmt.Println("   help requested")
		case err != nil:
			failures++
			fmt.Println("   error:", err)
		default:
			fmt.Printf("   tables=%v timeout=%v workers=%d dry=%t log=%s out=%s rest=%q\n",
				[]string(o.tables), o.timeout, o.workers, o.dryRun, o.lvl.String(), o.output, rest)
		}
	}
	fmt.Fprintf(os.Stderr, "%d of %d invocations failed\n", failures, len(cases))
}
