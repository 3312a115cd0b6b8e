package gointerp

import (
	"go/ast"
	"go/token"
)

// nameParams names `_` the parameters of a method whose receiver is named
// and whose parameters are not: yaegi stored the first argument of
// `func (n Num) Eval(map[string]float64) float64` where n goes, and the
// method panicked ("reflect.Set: value of type map[string]float64 is not
// assignable to type float64").
func nameParams(fd *ast.FuncDecl, off func(token.Pos) int) []edit {
	if fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) == 0 || fd.Body == nil {
		return nil
	}
	var edits []edit
	for _, p := range fd.Type.Params.List {
		if len(p.Names) > 0 {
			return nil
		}
		edits = append(edits, edit{off(p.Type.Pos()), off(p.Type.Pos()), "_ "})
	}
	return edits
}
