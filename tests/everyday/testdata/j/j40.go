// Command j40 implements an in-memory key-value store with nested
// transactions (BEGIN/ROLLBACK/COMMIT) driven by a tiny command language,
// using maps.Clone, clear, typed errors and errors.AsType.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type CommandError struct {
	Line int
	Cmd  string
	Err  error
}

func (e *CommandError) Error() string { return fmt.Sprintf("line %d (%s): %v", e.Line, e.Cmd, e.Err) }
func (e *CommandError) Unwrap() error { return e.Err }

var (
	ErrNoTx     = errors.New("no transaction")
	ErrNotFound = errors.New("key not found")
	ErrArgs     = errors.New("wrong number of arguments")
	ErrUnknown  = errors.New("unknown command")
)

var arity = map[string]int{
	"SET": 2, "GET": 1, "DEL": 1, "INCR": 1,
	"BEGIN": 0, "ROLLBACK": 0, "COMMIT": 0, "KEYS": 0, "FLUSH": 0,
}

type Store struct {
	data  map[string]string
	stack []map[string]string // snapshots taken at each BEGIN
}

func (s *Store) Exec(line int, text string) (string, error) {
	f := strings.Fields(text)
	if len(f) == 0 {
		return "", nil
	}
	cmd, args := strings.ToUpper(f[0]), f[1:]
	fail := func(err error) (string, error) { return "", &CommandError{line, cmd, err} }
	n, known := arity[cmd]
	if !known {
		return fail(fmt.Errorf("%w %q", ErrUnknown, f[0]))
	}
	if len(args) != n {
		return fail(fmt.Errorf("%w: want %d, got %d", ErrArgs, n, len(args)))
	}
	switch cmd {
	case "SET":
		s.data[args[0]] = args[1]
		return "OK", nil
	case "GET":
		v, ok := s.data[args[0]]
		if !ok {
			return fail(ErrNotFound)
		}
		return strconv.Quote(v), nil
	case "DEL":
		if _, ok := s.data[args[0]]; !ok {
			return fail(ErrNotFound)
		}
		delete(s.data, args[0])
		return "OK", nil
	case "INCR":
		cur, err := strconv.Atoi(cmp.Or(s.data[args[0]], "0"))
		if err != nil {
			return fail(err)
		}
		s.data[args[0]] = strconv.Itoa(cur + 1)
		return s.data[args[0]], nil
	case "BEGIN":
		s.stack = append(s.stack, maps.Clone(s.data))
		return fmt.Sprintf("depth %d", len(s.stack)), nil
	case "ROLLBACK", "COMMIT":
		if len(s.stack) == 0 {
			return fail(ErrNoTx)
		}
		top := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		if cmd == "ROLLBACK" {
			s.data = top
		}
		return fmt.Sprintf("depth %d", len(s.stack)), nil
	case "KEYS":
		return strings.Join(slices.Sorted(maps.Keys(s.data)), ","), nil
	case "FLUSH":
		clear(s.data)
		return "OK", nil
	}
	panic("unreachable")
}

const script = `SET user ana
SET visits 41
INCR visits
BEGIN
SET user ben
INCR visits
BEGIN
DEL user
KEYS
ROLLBACK
GET user
COMMIT
GET visits
ROLLBACK
SET name
INCR user
GET missing
PURGE all
BEGIN
FLUSH
KEYS
ROLLBACK
KEYS`

func main() {
	s := &Store{data: map[string]string{}}
	var errs []error
	for i, line := range strings.Split(script, "\n") {
		out, err := s.Exec(i+1, line)
		if err != nil {
			errs = append(errs, err)
			out = "ERR " + err.Error()
		}
		fmt.Printf("%2d %-14s -> %s\n", i+1, line, out)
	}
	fmt.Println("final:", s.data)

	all := errors.Join(errs...)
	for _, target := range []error{ErrNoTx, ErrNotFound, ErrArgs, ErrUnknown, strconv.ErrSyntax} {
		fmt.Printf("contains %-28q %t\n", target.Error(), errors.Is(all, target))
	}
	if ce, ok := errors.AsType[*CommandError](all); ok {
		fmt.Printf("first CommandError: line=%d cmd=%s err=%v\n", ce.Line, ce.Cmd, ce.Err)
	}
	if ne, ok := errors.AsType[*strconv.NumError](all); ok {
		fmt.Printf("NumError inside: func=%s num=%q\n", ne.Func, ne.Num)
	}
}
