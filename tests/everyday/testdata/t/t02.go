package main

import (
	"errors"
	"fmt"
)

func deferOrder() {
	for i := range 4 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func deferArgs() {
	x := 1
	defer fmt.Println("defer arg evaluated early:", x)
	defer func() { fmt.Println("closure sees late value:", x) }()
	x = 42
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	result = n + 1
	return result
}

func tripleReturn(n int) (r int) {
	defer func() { r += 100 }()
	return n * 3
}

var errDiv = errors.New("division by zero")

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v: %w", r, errDiv)
			q = -1
		}
	}()
	q = a / b
	return
}

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return s[i], nil
}

type cleanup struct{ steps []string }

func (c *cleanup) run() {
	defer c.add("close")
	defer c.add("flush")
	c.add("open")
	c.add("write")
}

func (c *cleanup) add(s string) { c.steps = append(c.steps, s) }

func main() {
	deferOrder()
	deferArgs()
	fmt.Println("double(4) =", double(4))
	fmt.Println("tripleReturn(5) =", tripleReturn(5))

	q, err := safeDiv(10, 2)
	fmt.Println(q, err)
	q, err = safeDiv(1, 0)
	fmt.Println(q, err)
	fmt.Println("is errDiv:", errors.Is(err, errDiv))

	v, err := safeIndex([]int{1, 2, 3}, 5)
	fmt.Println(v, err)

	c := &cleanup{}
	c.run()
	fmt.Println(c.steps)

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		panic(fmt.Sprintf("custom %d", 7))
	}()
	fmt.Println("end")
}
