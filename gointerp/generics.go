package gointerp

import "regexp"

// typeParams finds the type parameter names of genericSources.
var typeParams = regexp.MustCompile(`\b([EKVT])\b`)

// genericSources add generic standard library functions that yaegi lacks
// (symbol tables cannot hold generic functions; yaegi's own sources stop
// at Go 1.22 and its sort functions do not compile). They are interpreted
// Go, with simpler signatures than the standard library's (plain []E and
// map[K]V instead of ~[]E and ~map[K]V: yaegi cannot infer through core
// types), and sorting done natively through rt for speed.
//
// Their type parameters (E, K, V) are renamed spargo_E, ... when loaded
// (typeParams): yaegi confuses them, at instantiation, with a type of the
// same name that a cell declares (`type E struct{...}` then slices.Sort
// failed with "undefined type for E").
var genericSources = []string{`package slices

import ` + rtName + ` "` + rtPath + `"

type ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 | ~string
}

func Sort[E ordered](x []E) { ` + rtName + `.SortOrdered(x) }

func SortFunc[E any](x []E, cmp func(a, b E) int) {
	` + rtName + `.SortSlice(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 }, false)
}

func SortStableFunc[E any](x []E, cmp func(a, b E) int) {
	` + rtName + `.SortSlice(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 }, true)
}

func Collect[E any](seq func(yield func(E) bool)) []E {
	var out []E
	seq(func(e E) bool { out = append(out, e); return true })
	return out
}

func AppendSeq[E any](s []E, seq func(yield func(E) bool)) []E {
	seq(func(e E) bool { s = append(s, e); return true })
	return s
}

func Sorted[E ordered](seq func(yield func(E) bool)) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

func SortedFunc[E any](seq func(yield func(E) bool), cmp func(a, b E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

func SortedStableFunc[E any](seq func(yield func(E) bool), cmp func(a, b E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, cmp)
	return s
}

func Values[E any](s []E) func(yield func(E) bool) {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func All[E any](s []E) func(yield func(int, E) bool) {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}
`, `package maps

func Keys[K comparable, V any](m map[K]V) func(yield func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func Values[K comparable, V any](m map[K]V) func(yield func(V) bool) {
	return func(yield func(V) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}

func All[K comparable, V any](m map[K]V) func(yield func(K, V) bool) {
	return func(yield func(K, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

func Collect[K comparable, V any](seq func(yield func(K, V) bool)) map[K]V {
	m := map[K]V{}
	seq(func(k K, v V) bool { m[k] = v; return true })
	return m
}
`, `package iter

// Seq and Seq2 are the iterator types; functions of these shapes range
// as Go 1.23 iterators.
type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)
`}
