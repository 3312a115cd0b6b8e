package gointerp

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// Constant declarations get the values go/types computed, as the compiler
// does: exact arithmetic on untyped constants of any size, iota with
// implicit repetition (`p = float32(iota)` then `q`), conversions. yaegi
// computes them itself and fails on some: `1 << 100` overflows its int64,
// `string(iota + 'a')` repeated is "a constant definition loop". So a
// cell's const declaration is rewritten on its own lines as one
// specification per name with its value written out:
//
//	const (                         const (
//		big   = 1 << 100                big = 1267650600228229401496703205376
//		small = big >> 99               small = 2
//	)                               )
//
// The declaration's names, types and lines stay as they were.

// constDecls rewrites the cell's const declarations (top level and in
// functions) whose every value go/types knows.
func (c *checked) constDecls() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		g, ok := n.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST || c.chunkAt(g.Pos()) < 0 {
			return true
		}
		if text, ok := c.constDecl(g); ok {
			c.add(g.Pos(), g.End(), text)
		}
		return false
	})
}

// constDecl writes g with literal values, keeping its line breaks.
func (c *checked) constDecl(g *ast.GenDecl) (string, bool) {
	var b strings.Builder
	b.WriteString("const (")
	prev := g.Pos()
	for _, s := range g.Specs {
		vs := s.(*ast.ValueSpec)
		b.WriteString(strings.Repeat("\n", c.lines(prev, vs.Pos())))
		prev = vs.Pos()
		for _, name := range vs.Names {
			if name.Name == "_" {
				continue // checked already, and names nothing
			}
			obj, ok := c.info.Defs[name].(*types.Const)
			if !ok {
				return "", false
			}
			lit, ok := constLiteral(obj.Val(), obj.Type(), c.typeString)
			ok = ok && c.nameable(obj.Type())
			if !ok {
				return "", false
			}
			b.WriteString(name.Name + " = " + lit + "; ")
		}
	}
	end := g.End()
	if g.Rparen.IsValid() {
		end = g.Rparen
	}
	b.WriteString(strings.Repeat("\n", c.lines(prev, end)) + ")")
	return b.String(), true
}

// lines counts the line breaks of the file between two positions.
func (c *checked) lines(from, to token.Pos) int {
	return strings.Count(c.src[int(from)-c.base:int(to)-c.base], "\n")
}

// constLiteral writes constant v of type t as an expression of that type:
// `T(lit)` for a typed constant, the literal alone for an untyped one.
func constLiteral(v constant.Value, t types.Type, typeString func(types.Type) string) (string, bool) {
	var lit string
	switch v.Kind() {
	case constant.Bool:
		lit = strconv.FormatBool(constant.BoolVal(v))
	case constant.String:
		lit = strconv.Quote(constant.StringVal(v))
	case constant.Int:
		lit = v.ExactString()
		if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedRune {
			r, exact := constant.Int64Val(v)
			if !exact || r < 0 || r > unicode.MaxRune {
				return "", false
			}
			return strconv.QuoteRune(rune(r)), true // stays an untyped rune
		}
	case constant.Float:
		var ok bool
		if lit, ok = floatLiteral(v); !ok {
			return "", false
		}
	case constant.Complex:
		// (yaegi failed on complex(0, math.Pi): "mismatched types untyped
		// float and untyped float64"; an untyped one without an imaginary
		// part, such as a shift count x<<(1+0i), stays as written)
		b, ok := t.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsComplex == 0 || b.Info()&types.IsUntyped != 0 && constant.Sign(constant.Imag(v)) == 0 {
			return "", false // (a uint shift count)
		}
		re, ok1 := floatLiteral(constant.ToFloat(constant.Real(v)))
		im, ok2 := floatLiteral(constant.ToFloat(constant.Imag(v)))
		if !ok1 || !ok2 {
			return "", false
		}
		lit = "complex(" + re + ", " + im + ")"
	default: // unknown
		return "", false
	}
	b, ok := t.(*types.Basic)
	if ok && b.Info()&types.IsUntyped != 0 {
		return lit, true
	}
	return typeString(t) + "(" + lit + ")", true
}

// floatLiteral writes float constant v as a float literal.
func floatLiteral(v constant.Value) (string, bool) {
	if v.Kind() != constant.Float && v.Kind() != constant.Int {
		return "", false
	}
	lit := v.ExactString()
	if strings.ContainsAny(lit, "/e") {
		f, _ := constant.Float64Val(v)
		if math.IsInf(f, 0) {
			return "", false
		}
		lit = strconv.FormatFloat(f, 'g', -1, 64)
	}
	if !strings.ContainsAny(lit, ".e") {
		lit += ".0" // stays a float constant
	}
	return lit, true
}

// hardConst reports whether c declares constants with iota or shifts,
// where yaegi's constant arithmetic differs from Go's.
func hardConst(c chunk) bool {
	return constDeclRE.MatchString(c.src) && hardConstRE.MatchString(c.src)
}

var (
	complexCallRE = regexp.MustCompile(`\bcomplex\(`) // a cell that may build a complex constant
	constDeclRE   = regexp.MustCompile(`(?m)^\s*const\b`)
	hardConstRE   = regexp.MustCompile(`\biota\b|<<|>>`)
)

// constExprs writes, in function bodies and variable initialisers, each
// constant expression that is more than a literal or a name as its value
// (`chuge > chuge_1` becomes `true`), for the same reason as constDecls.
func (c *checked) constExprs() {
	visit := func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.GenDecl:
			return x.Tok != token.CONST && x.Tok != token.TYPE
		case *ast.FuncDecl:
			return x.Type.TypeParams == nil && (x.Recv == nil || len(x.Recv.List) != 1 || !isIndexed(x.Recv.List[0].Type))
		case *ast.FuncType, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.StructType, *ast.InterfaceType:
			return false // types
		case *ast.BasicLit, *ast.Ident, *ast.SelectorExpr:
			return false
		case ast.Expr:
			tv, ok := c.info.Types[x]
			if !ok || tv.Value == nil || c.chunkAt(x.Pos()) < 0 {
				return true
			}
			if lit, ok := constLiteral(tv.Value, tv.Type, c.typeString); ok && c.nameable(tv.Type) {
				c.add(x.Pos(), x.End(), "("+lit+")")
				return false
			}
		}
		return true
	}
	ast.Inspect(c.f, visit)
}

// nameable reports whether the cell can name t: a basic type, a type of
// the session, or one of a package the session imported (os.ModeDir is
// an fs.FileMode, and io/fs may not be imported).
func (c *checked) nameable(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == c.pkg {
		return true
	}
	return c.imported[n.Obj().Pkg().Path()]
}
