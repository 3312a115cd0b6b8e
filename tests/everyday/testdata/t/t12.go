package main

import (
	"fmt"
	"sort"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func joinWith(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func appendAll(dst []int, srcs ...[]int) []int {
	for _, s := range srcs {
		dst = append(dst, s...)
	}
	return dst
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func logf(prefix string, args ...any) string {
	return prefix + fmt.Sprint(len(args)) + ":" + fmt.Sprintln(args...)
}

type Op func(a, b int) int

type Calculator struct {
	ops   map[string]Op
	trace func(string)
}

func NewCalculator(trace func(string)) *Calculator {
	return &Calculator{
		ops: map[string]Op{
			"+": func(a, b int) int { return a + b },
			"-": func(a, b int) int { return a - b },
			"*": func(a, b int) int { return a * b },
		},
		trace: trace,
	}
}

func (c *Calculator) Do(op string, a, b int) (int, bool) {
	f, ok := c.ops[op]
	if !ok {
		c.trace("unknown op " + op)
		return 0, false
	}
	r := f(a, b)
	c.trace(fmt.Sprintf("%d %s %d = %d", a, op, b, r))
	return r, true
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(joinWith(", ", "a", "b", "c"))
	fmt.Println(joinWith("|", strings.Split("x.y.z", ".")...))
	fmt.Println(appendAll(nil, []int{1}, []int{2, 3}, nil, []int{4}))

	mutate(nums...)
	fmt.Println("spread shares backing array:", nums)
	mutate(7, 8)
	fmt.Print(logf("n", 1, "two", 3.0))
	fmt.Print(logf("none"))

	var log []string
	calc := NewCalculator(func(s string) { log = append(log, s) })
	calc.Do("+", 2, 3)
	calc.Do("*", 4, 5)
	calc.Do("/", 1, 1)
	calc.ops["/"] = func(a, b int) int { return a / b }
	calc.Do("/", 9, 2)
	for _, l := range log {
		fmt.Println(l)
	}
	names := make([]string, 0)
	for k := range calc.ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)

	apply := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for _, f := range fs {
				x = f(x)
			}
			return x
		}
	}
	inc := func(x int) int { return x + 1 }
	sq := func(x int) int { return x * x }
	fmt.Println(apply(inc, sq)(3), apply(sq, inc)(3), apply()(3))
}
