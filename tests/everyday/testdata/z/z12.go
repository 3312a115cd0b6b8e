package main

import (
	"errors"
	"fmt"
	"strconv"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	n = 1
	return n + 1
}

func deferOrder() {
	for i := range 4 {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func deferArgsEval() {
	x := 10
	defer fmt.Println("deferred x (evaluated early):", x)
	defer func() { fmt.Println("closure x (evaluated late):", x) }()
	x = 20
}

type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string { return "parse " + strconv.Quote(e.Input) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(&ParseError{s, err})
	}
	return n
}

func sumAll(items []string) (total int, err error) {
	defer func() {
		r := recover()
		if pe, ok := r.(*ParseError); ok {
			err = pe
			total = -1
		} else if r != nil {
			panic(r)
		}
	}()
	for _, it := range items {
		total += mustAtoi(it)
	}
	return total, nil
}

func indexPanic() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				msg = "runtime error caught: " + re.Error()
			}
		}
	}()
	s := []int{1, 2, 3}
	i := 5
	return fmt.Sprint(s[i])
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println("counter:", counter())
	deferOrder()
	fmt.Println()
	deferArgsEval()

	for _, in := range [][]string{{"1", "2", "3"}, {"4", "x5", "6"}, {"99999999999999999999"}} {
		total, err := sumAll(in)
		fmt.Printf("%v -> total=%d err=%v\n", in, total, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("  NumError func=%s num=%q inner=%v range=%t\n", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
		}
	}
	fmt.Println(indexPanic())
	func() {
		defer func() { fmt.Println("recovered custom:", recover()) }()
		panic(fmt.Sprintf("boom %d", 42))
	}()
	fmt.Println("end")
}
