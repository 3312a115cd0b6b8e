package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A generic function of the standard library instantiated explicitly
// (`slices.Max[[]float64]` as a value in a table of functions): the
// kernel's source of it has its own type parameters (Max[E] for the
// standard library's Max[S ~[]E, E]), so the written arguments were the
// wrong ones ("invalid type in map literal"). They are written again in
// the order of the kernel's parameters, from the instance go/types made:
//
//	slices.Max[[]float64]    →    slices.Max[float64]

// stdExplicitArgs lowers the cell's such instantiations.
func (c *checked) stdExplicitArgs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		var x ast.Expr
		var lbrack, rbrack token.Pos
		switch ix := n.(type) {
		case *ast.IndexExpr:
			x, lbrack, rbrack = ix.X, ix.Lbrack, ix.Rbrack
		case *ast.IndexListExpr:
			x, lbrack, rbrack = ix.X, ix.Lbrack, ix.Rbrack
		default:
			return true
		}
		id := funcName(x)
		if id == nil || c.chunkAt(lbrack) < 0 {
			return true
		}
		fn, isFunc := c.info.Uses[id].(*types.Func)
		inst, found := c.info.Instances[id]
		if !isFunc || !found {
			return true
		}
		if args, ok := c.kernelTypeArgs(fn, inst); ok {
			c.add(lbrack, rbrack+1, "["+strings.Join(args, ", ")+"]")
		}
		return true
	})
}

// kernelTypeArgs writes the type arguments of inst, an instance of fn, a
// generic function of the standard library that the kernel interprets,
// in the order of the kernel's type parameters; false if it cannot.
func (c *checked) kernelTypeArgs(fn *types.Func, inst types.Instance) ([]string, bool) {
	if fn.Pkg() == nil || fn.Pkg() == c.pkg {
		return nil, false
	}
	names, ok := kernelTypeParams()[fn.Pkg().Path()+"."+fn.Name()]
	tps := fn.Type().(*types.Signature).TypeParams()
	if !ok || tps == nil || tps.Len() != inst.TypeArgs.Len() {
		return nil, false
	}
	byName := map[string]types.Type{}
	for i := range tps.Len() {
		byName[tps.At(i).Obj().Name()] = inst.TypeArgs.At(i)
	}
	var args []string
	for _, n := range names {
		t, ok := byName[n]
		if !ok || !c.explicitable(t) {
			return nil, false
		}
		args = append(args, types.TypeString(t, c.qual))
	}
	return args, true
}
