package main

import (
	"fmt"
	"slices"
	"strings"
)

// Permutations, combinations and the power set via recursion.

func permutations[T any](xs []T) [][]T {
	if len(xs) <= 1 {
		return [][]T{slices.Clone(xs)}
	}
	var out [][]T
	for i := range xs {
		rest := make([]T, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]T{xs[i]}, p...))
		}
	}
	return out
}

func combinations(xs []string, k int) [][]string {
	if k == 0 {
		return [][]string{{}}
	}
	if len(xs) < k {
		return nil
	}
	var out [][]string
	for _, c := range combinations(xs[1:], k-1) {
		out = append(out, append([]string{xs[0]}, c...))
	}
	out = append(out, combinations(xs[1:], k)...)
	return out
}

func powerSet(xs []int) [][]int {
	res := [][]int{{}}
	for _, x := range xs {
		n := len(res)
		for i := range n {
			s := append(slices.Clone(res[i]), x)
			res = append(res, s)
		}
	}
	return res
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func binom(n, k int) int {
	if k < 0 || k > n {
		return 0
	}
	r := 1
	for i := 1; i <= k; i++ {
		r = r * (n - k + i) / i
	}
	return r
}

func main() {
	perms := permutations([]rune("abc"))
	fmt.Printf("%d permutations of abc:", len(perms))
	for _, p := range perms {
		fmt.Printf(" %s", string(p))
	}
	fmt.Println()

	fmt.Println("permutations of 1..4:", len(permutations([]int{1, 2, 3, 4})))

	team := []string{"ana", "ben", "cho", "dev", "eli"}
	for k := 0; k <= 3; k++ {
		cs := combinations(team, k)
		strs := make([]string, len(cs))
		for i, c := range cs {
			strs[i] = "{" + strings.Join(c, ",") + "}"
		}
		fmt.Printf("C(5,%d)=%2d: %s\n", k, binom(5, k), strings.Join(strs, " "))
	}

	ps := powerSet([]int{1, 2, 3, 4})
	slices.SortFunc(ps, func(a, b []int) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return slices.Compare(a, b)
	})
	fmt.Println("power set:", ps)
	target := 6
	fmt.Printf("subsets summing to %d:", target)
	for _, s := range ps {
		if sum(s) == target {
			fmt.Printf(" %v", s)
		}
	}
	fmt.Println()
}
