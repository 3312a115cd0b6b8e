package main

import (
	"errors"
	"fmt"
	"strings"
)

type Log struct {
	lines []string
	depth int
}

func (l *Log) P(format string, args ...any) {
	l.lines = append(l.lines, strings.Repeat("  ", l.depth)+fmt.Sprintf(format, args...))
}

type Resource struct {
	name string
	log  *Log
}

func Open(log *Log, name string, fail bool) (*Resource, error) {
	if fail {
		return nil, fmt.Errorf("open %s: %w", name, errors.New("device busy"))
	}
	log.P("open %s", name)
	return &Resource{name, log}, nil
}

func (r *Resource) Close() error {
	r.log.P("close %s", r.name)
	if r.name == "flaky" {
		return fmt.Errorf("close %s: flush failed", r.name)
	}
	return nil
}

// process opens several resources, closes them in reverse via defer,
// and joins any close errors into the named result.
func process(log *Log, names []string, failAt string) (err error) {
	log.P("process %v", names)
	log.depth++
	defer func() { log.depth-- }()
	for _, n := range names {
		r, oerr := Open(log, n, n == failAt)
		if oerr != nil {
			return oerr
		}
		defer func() {
			err = errors.Join(err, r.Close())
		}()
	}
	log.P("work done")
	return nil
}

func argsEvaluatedEarly(log *Log) {
	x := 1
	defer log.P("deferred with x=%d (evaluated at defer time)", x)
	defer func() { log.P("closure sees x=%d (evaluated at run time)", x) }()
	x = 99
	log.P("body sets x=%d", x)
}

func loopDefers(log *Log) {
	for i := range 4 {
		defer log.P("loop defer %d", i)
	}
	log.P("loop body finished")
}

func counter() (n int) {
	defer func() { n *= 10 }()
	defer func() { n += 2 }()
	return 3 // n = 3, then +2 then *10
}

func panicking(log *Log) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	defer log.P("cleanup runs before recover handler")
	panic("kaboom")
}

func main() {
	log := &Log{}
	argsEvaluatedEarly(log)
	loopDefers(log)
	log.P("counter() = %d", counter())
	log.P("panicking() = %q", panicking(log))

	cases := []struct {
		names []string
		fail  string
	}{
		{[]string{"db", "cache", "queue"}, ""},
		{[]string{"db", "flaky", "queue"}, ""},
		{[]string{"db", "cache", "queue"}, "queue"},
		{[]string{"flaky", "flaky"}, ""},
	}
	for _, c := range cases {
		err := process(log, c.names, c.fail)
		if err != nil {
			log.P("=> error: %s", strings.ReplaceAll(err.Error(), "\n", " | "))
		} else {
			log.P("=> ok")
		}
	}
	for i, l := range log.lines {
		fmt.Printf("%02d %s\n", i+1, l)
	}
}
