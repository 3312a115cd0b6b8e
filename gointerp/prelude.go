package gointerp

// prelude defines, in interpreted Go, the Go 1.21 builtins yaegi lacks.
// They are ordinary session globals, so a cell may still declare its own
// min or max. (min/max calls with untyped float literals are reordered by
// lower.go, because yaegi infers type parameters from the first argument.)
// The type parameter has a name no cell uses: yaegi confuses a package-level
// generic's T with a type T that a cell declares later.
const prelude = `
import spargo_cmp "cmp"

func min[spargo_T spargo_cmp.Ordered](x spargo_T, ys ...spargo_T) spargo_T {
	for _, y := range ys {
		if x != x {
			return x
		}
		if y < x || y != y {
			x = y
		}
	}
	return x
}

func max[spargo_T spargo_cmp.Ordered](x spargo_T, ys ...spargo_T) spargo_T {
	for _, y := range ys {
		if x != x {
			return x
		}
		if y > x || y != y {
			x = y
		}
	}
	return x
}

func clear(v any) { ` + rtName + `.Clear(v) }

// spargo_never is false, and a variable: a branch on it is one yaegi must
// build but never takes (selectBranches).
var spargo_never bool
`
