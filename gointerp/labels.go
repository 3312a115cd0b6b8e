package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
)

// Labels named like a variable. Go keeps labels apart from other names,
// yaegi does not: in `func allocate(rows []string) { rows: for ... {
// continue rows } }` the label and the parameter collided ("label rows not
// defined", or a nil pointer panic). Such a label is renamed, at its
// statement and at each branch to it:
//
//	rows: for ... { continue rows }    →    spargo_lbl_rows: for ... { continue spargo_lbl_rows }

// labelBranchRE finds cells that branch to a label.
var labelBranchRE = regexp.MustCompile(`\b(break|continue|goto)[ \t]+[\pL_]`)

// clashingLabels renames the cell's labels that share a name with another
// object of the file.
func (c *checked) clashingLabels() {
	names := map[string]bool{}
	for _, m := range []map[*ast.Ident]types.Object{c.info.Defs, c.info.Uses} {
		for id, obj := range m {
			if _, isLabel := obj.(*types.Label); obj != nil && !isLabel {
				names[id.Name] = true
			}
		}
	}
	for _, m := range []map[*ast.Ident]types.Object{c.info.Defs, c.info.Uses} {
		for id, obj := range m {
			if _, isLabel := obj.(*types.Label); isLabel && names[id.Name] {
				c.add(id.Pos(), id.End(), "spargo_lbl_"+id.Name)
			}
		}
	}
}
