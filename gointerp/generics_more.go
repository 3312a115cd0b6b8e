package gointerp

import (
	"go/ast"
	"go/token"
)

// moreGenericSources are the rest of the generic functions of slices,
// maps and cmp that cells use most, in the same form as genericSources (yaegi's
// own sources of these use ~[]E and fail with "undefined type for E", or
// lack them: slices.Max, Min, Repeat, Chunk...). They follow the standard
// library's results and panics; where a slice may be reused, they do
// what its documentation allows.
var moreGenericSources = []string{`package slices

func Max[E ordered](x []E) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if v != v {
			return v // a NaN
		}
		if v > m {
			m = v
		}
	}
	return m
}

func Min[E ordered](x []E) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if v != v {
			return v // a NaN
		}
		if v < m {
			m = v
		}
	}
	return m
}

func MaxFunc[E any](x []E, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) > 0 {
			m = v
		}
	}
	return m
}

func MinFunc[E any](x []E, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) < 0 {
			m = v
		}
	}
	return m
}

func Clone[E any](s []E) []E {
	if s == nil {
		return nil
	}
	return append([]E{}, s...)
}

func Reverse[E any](s []E) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Equal[E comparable](s1, s2 []E) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// Compare is for a call the type checker did not see (it redirects
// the others to SliceCompare).
func Compare[E ordered](s1, s2 []E) int { return SliceCompare(s1, s2) }

// SliceCompare is slices.Compare (stdfuncs.go redirects calls): yaegi
// keys instances of generic functions by name and type arguments only, so
// a Compare here and cmp's Compare, both instantiated for int, were one.
func SliceCompare[E ordered](s1, s2 []E) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return 1
		}
		v2 := s2[i]
		if v1 < v2 {
			return -1
		}
		if v1 > v2 {
			return 1
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func Insert[E any](s []E, i int, v ...E) []E {
	_ = s[i:] // bounds check
	out := make([]E, 0, len(s)+len(v))
	out = append(out, s[:i]...)
	out = append(out, v...)
	return append(out, s[i:]...)
}

func Delete[E any](s []E, i, j int) []E {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	zeroTail(s, n)
	return s
}

func DeleteFunc[E any](s []E, del func(E) bool) []E {
	n := len(s)
	out := s[:0]
	for _, v := range s {
		if !del(v) {
			out = append(out, v)
		}
	}
	zeroTail(out, n)
	return out
}

func Replace[E any](s []E, i, j int, v ...E) []E {
	_ = s[i:j] // bounds check
	tail := append([]E{}, s[j:]...)
	n := len(s)
	out := append(s[:i], v...)
	out = append(out, tail...)
	zeroTail(out, n)
	return out
}

func Compact[E comparable](s []E) []E {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

func CompactFunc[E any](s []E, eq func(E, E) bool) []E {
	if len(s) < 2 {
		return s
	}
	n := len(s)
	out := s[:1]
	for _, v := range s[1:] {
		if !eq(out[len(out)-1], v) {
			out = append(out, v)
		}
	}
	zeroTail(out, n)
	return out
}

// zeroTail clears s[len(s):n], the elements a shrinking function dropped,
// as the standard library does (there is no clear builtin here).
func zeroTail[E any](s []E, n int) {
	var zero E
	full := s[:n]
	for k := len(s); k < n; k++ {
		full[k] = zero
	}
}

func Grow[E any](s []E, n int) []E {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

func Clip[E any](s []E) []E { return s[:len(s):len(s)] }

func Repeat[E any](x []E, count int) []E {
	if count < 0 {
		panic("cannot be negative")
	}
	out := make([]E, 0, len(x)*count)
	for i := 0; i < count; i++ { // yaegi's own sources have no range over int
		out = append(out, x...)
	}
	return out
}

func IsSorted[E ordered](x []E) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func IsSortedFunc[E any](x []E, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

func BinarySearch[E ordered](x []E, target E) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if x[h] < target {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < len(x) && x[lo] == target
}

func BinarySearchFunc[E, T any](x []E, target T, cmp func(E, T) int) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(x[h], target) < 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < len(x) && cmp(x[lo], target) == 0
}

func Chunk[E any](s []E, n int) func(yield func([]E) bool) {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func([]E) bool) {
		for i := 0; i < len(s); i += n {
			end := i + n
			if end > len(s) {
				end = len(s)
			}
			if !yield(s[i:end:end]) {
				return
			}
		}
	}
}

func Backward[E any](s []E) func(yield func(int, E) bool) {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Concat takes its first slice apart, as cmp.Or takes its first value;
// slices.Concat(ss...) calls Spargo_ConcatAll (spreadCalls).
func Concat[E any](s []E, more ...[]E) []E {
	n := len(s)
	for _, m := range more {
		n += len(m)
	}
	if n == 0 {
		return nil
	}
	out := make([]E, 0, n)
	out = append(out, s...)
	for _, m := range more {
		out = append(out, m...)
	}
	return out
}

func Spargo_ConcatAll[E any](ss [][]E) []E {
	if len(ss) == 0 {
		return nil
	}
	return Concat(ss[0], ss[1:]...)
}
`, `package maps

func Clone[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return nil
	}
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func Copy[K comparable, V any](dst, src map[K]V) {
	for k, v := range src {
		dst[k] = v
	}
}

func Equal[K, V comparable](m1, m2 map[K]V) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || v1 != v2 {
			return false
		}
	}
	return true
}

// EqualFunc names its second value type E, not V2: only single-letter type
// parameters are renamed when loaded (typeParams).
func EqualFunc[K comparable, V1, V2 any](m1 map[K]V1, m2 map[K]V2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || !eq(v1, v2) {
			return false
		}
	}
	return true
}

func Insert[K comparable, V any](m map[K]V, seq func(yield func(K, V) bool)) {
	seq(func(k K, v V) bool { m[k] = v; return true })
}
`, `package cmp

// Or takes its first value apart: yaegi infers no type parameter from a
// variadic parameter alone ("undefined type for T"). Go cannot infer it
// from no values either, so every call that compiles has a first value
// (a call that spreads a slice, cmp.Or(xs...), calls Spargo_OrAll).
func Or[T comparable](v T, vals ...T) T {
	var zero T
	if v != zero {
		return v
	}
	for _, x := range vals {
		if x != zero {
			return x
		}
	}
	return zero
}

// Spargo_OrAll is cmp.Or(vals...) (spreadCalls).
func Spargo_OrAll[T comparable](vals []T) T {
	var zero T
	for _, x := range vals {
		if x != zero {
			return x
		}
	}
	return zero
}
`}

// spreadFuncs are the functions above whose first parameter was taken
// apart, and the function a call that spreads a slice calls instead.
var spreadFuncs = map[string]string{"cmp.Or": "cmp.Spargo_OrAll", "slices.Concat": "slices.Spargo_ConcatAll"}

// spreadCalls rewrites `cmp.Or(xs...)` into `cmp.Spargo_OrAll(xs)`, and
// the same for slices.Concat.
func spreadCalls(src string, call *ast.CallExpr, off func(token.Pos) int) []edit {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || !call.Ellipsis.IsValid() || len(call.Args) != 1 {
		return nil
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	all, ok := spreadFuncs[pkg.Name+"."+sel.Sel.Name]
	if !ok {
		return nil
	}
	arg := src[off(call.Args[0].Pos()):off(call.Args[0].End())]
	return []edit{{off(call.Pos()), off(call.End()), all + "(" + arg + ")"}}
}
