package main

import (
	"errors"
	"fmt"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func mustPositive(n int) int {
	if n < 0 {
		panic(&ParseError{Line: n, Msg: "negative"})
	}
	return n
}

func tryParse(vals []int) (total int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if pe, ok := r.(*ParseError); ok {
			err = pe
			return
		}
		panic(r)
	}()
	for _, v := range vals {
		total += mustPositive(v)
	}
	return total, nil
}

func deferOrder() (out []string) {
	for i := range 4 {
		defer func() { out = append(out, fmt.Sprintf("d%d", i)) }()
	}
	out = append(out, "body")
	return out
}

func deferArgs() string {
	var sb strings.Builder
	x := 1
	defer fmt.Fprintf(&sb, "deferred x=%d;", x)
	x = 2
	fmt.Fprintf(&sb, "body x=%d;", x)
	func() { defer sb.WriteString("inner-defer;"); sb.WriteString("inner;") }()
	return sb.String()
}

type resource struct {
	name string
	log  *[]string
}

func (r *resource) Close() error {
	*r.log = append(*r.log, "close "+r.name)
	if r.name == "b" {
		return errors.New("close b failed")
	}
	return nil
}

func useResources() (err error) {
	var log []string
	defer func() { fmt.Println("  log:", strings.Join(log, ", ")) }()
	for _, n := range []string{"a", "b", "c"} {
		log = append(log, "open "+n)
		r := &resource{n, &log}
		defer func() { err = errors.Join(err, r.Close()) }()
	}
	return nil
}

func main() {
	for _, pair := range [][2]int{{10, 3}, {7, 0}, {-9, 2}} {
		q, err := safeDiv(pair[0], pair[1])
		fmt.Printf("%d/%d = %d err=%v\n", pair[0], pair[1], q, err)
	}

	total, err := tryParse([]int{1, 2, 3})
	fmt.Println("parse ok:", total, err)
	total, err = tryParse([]int{4, -7, 5})
	var pe *ParseError
	fmt.Println("parse bad:", total, err, errors.As(err, &pe), pe.Line)

	fmt.Println(deferOrder())
	fmt.Println(deferArgs())
	fmt.Println("resources err:", useResources())
	func() {
		defer func() {
			r := recover()
			_, isErr := r.(error)
			fmt.Printf("recovered (error=%t): %v\n", isErr, r)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				fmt.Println("caught:", e)
			}
		}()
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	}()
	fmt.Println("recover outside panic:", recover())
}
