package gointerp

// prelude defines, in interpreted Go, the Go 1.21 builtins yaegi lacks.
// They are ordinary session globals, so a cell may still declare its own
// min or max. (min/max calls with untyped float literals are reordered by
// lower.go, because yaegi infers type parameters from the first argument.)
// The type parameter has a name no cell uses: yaegi confuses a package-level
// generic's T with a type T that a cell declares later.
const prelude = `
import spargo_cmp "cmp"
import spargo_io "io"

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

`

// neverSource declares spargo_never: false, and a variable, so a branch
// on it is one yaegi must build but never takes (selectBranches). It is a
// statement evaluated after the generic sources are compiled: declared in
// the prelude's file, it shared its frame slot with the first variable a
// session defined after `import "iter"` (iter's package has types only),
// and that definition panicked ("reflect.Set: value of type []string is
// not assignable to type bool").
const neverSource = "var spargo_never bool"

// printersSource declares the session's registry of String methods
// (rt/printreg.go), evaluated with neverSource.
const printersSource = "var " + printersVar + " = " + rtName + ".NewMethods()"
