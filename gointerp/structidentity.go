package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
)

// Struct types of the same structure. yaegi builds a cell's struct types
// with reflect, so two with the same fields are one type to it (`type Add
// struct{ L, R Expr }` and `type Mul struct{ L, R Expr }`): a type switch
// took a Mul for an Add, and an assertion to Add held for a Mul. A tag
// is part of a reflect struct type, so such a type declared by the cell
// gets one of its own on its first field, `spargo_t:"Mul"`, and is a type
// of its own to yaegi; Go's view of the type (the type checker's, and
// conversions between the two, which ignore tags) stays as it was. A type
// of an earlier cell is not changed: the new one differs from it already.
// A struct without fields stays as it is.

// structDeclRE finds cells that declare a struct type (or a group of
// types).
var structDeclRE = regexp.MustCompile(`(?m)^type\s+([\pL_][\pL\pN_]*\s+struct\b|\()`)

// distinctStructs tags the cell's struct types that share their structure
// with another session type.
func (c *checked) distinctStructs() {
	structs := c.sessionStructs()
	for _, d := range c.f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE || c.chunkAt(gd.Pos()) < 0 {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			st, ok := ts.Type.(*ast.StructType)
			if !ok || ts.TypeParams != nil || ts.Assign.IsValid() || len(st.Fields.List) == 0 {
				continue
			}
			n, ok := c.info.Defs[ts.Name].Type().(*types.Named)
			if !ok || !sharesStructure(n, structs) {
				continue
			}
			c.tagField(st.Fields.List[0], "spargo_t:"+strconv.Quote(ts.Name.Name))
		}
	}
}

// tagField adds key:"value" (kv) to field f's tag.
func (c *checked) tagField(f *ast.Field, kv string) {
	if f.Tag == nil {
		c.add(f.Type.End(), f.Type.End(), " `"+kv+"`")
		return
	}
	end := f.Tag.End() - 1 // before the closing quote
	if c.src[int(f.Tag.Pos())-c.base] == '"' {
		q := strconv.Quote(kv)
		c.add(end, end, " "+q[1:len(q)-1])
		return
	}
	c.add(end, end, " "+kv)
}

// sharesStructure reports whether another of structs has n's structure.
func sharesStructure(n *types.Named, structs []*types.Named) bool {
	for _, o := range structs {
		if o != n && types.Identical(o.Underlying(), n.Underlying()) {
			return true
		}
	}
	return false
}

// sameToYaegi reports whether a and b are two types yaegi cannot tell
// apart: of one structure, and not told apart by distinctStructs' tag.
func sameToYaegi(a, b *types.Named, pkg *types.Package) bool {
	return a != b && types.Identical(a.Underlying(), b.Underlying()) && !distinctToYaegi(a, b, pkg)
}

// distinctToYaegi reports whether a and b, of the same structure, are
// distinct types to yaegi all the same: both struct types with fields
// that cells declared at top level, of which distinctStructs tagged the
// later one at least (not copies of generic types, nor local types).
func distinctToYaegi(a, b *types.Named, pkg *types.Package) bool {
	declared := func(n *types.Named) bool {
		st, ok := n.Underlying().(*types.Struct)
		return ok && st.NumFields() > 0 && n.TypeArgs() == nil && n.Obj().Pkg() == pkg && n.Obj().Parent() == pkg.Scope()
	}
	return a != nil && b != nil && declared(a) && declared(b)
}
