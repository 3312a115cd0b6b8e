package main

import "fmt"

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	r := fib(n-1) + fib(n-2)
	memo[n] = r
	return r
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

type key struct{ m, n int }

func ackermann(m, n int, cache map[key]int) int {
	k := key{m, n}
	if v, ok := cache[k]; ok {
		return v
	}
	var r int
	switch {
	case m == 0:
		r = n + 1
	case n == 0:
		r = ackermann(m-1, 1, cache)
	default:
		r = ackermann(m-1, ackermann(m, n-1, cache), cache)
	}
	cache[k] = r
	return r
}

func main() {
	fmt.Println(fib(10), fib(50), fib(90))
	fmt.Println(len(memo))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves)
	perms := permutations([]int{1, 2, 3})
	fmt.Println(len(perms), perms)
	cache := map[key]int{}
	fmt.Println(ackermann(2, 3, cache), ackermann(3, 3, cache))

	var walk func(n int, depth int) int
	walk = func(n int, depth int) int {
		if n <= 1 {
			return depth
		}
		if n%2 == 0 {
			return walk(n/2, depth+1)
		}
		return walk(3*n+1, depth+1)
	}
	fmt.Println("collatz 27 steps:", walk(27, 0))
}
