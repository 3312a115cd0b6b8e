package gointerp

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
)

// chunkKind classifies a top-level piece of a cell.
type chunkKind int

const (
	kindStmt   chunkKind = iota // statements, and var declarations
	kindImport                  // import declarations
	kindDecl                    // func, method, type and const declarations
)

// chunk is one top-level statement or declaration of a cell, with the
// 1-based cell line and column where it starts (for //line directives).
type chunk struct {
	kind      chunkKind
	src       string
	line, col int

	// generic marks a generic declaration: the type checker keeps it and
	// yaegi runs only its copies (monomorph.go), never the declaration.
	generic bool
}

// splitCell cuts a cell into top-level chunks at statement boundaries
// (semicolons, explicit or inserted at newlines, outside brackets). yaegi
// cannot evaluate a source mixing declarations and statements, so the
// kernel evaluates imports, then declarations, then statements.
func splitCell(code string) ([]chunk, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(code))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(file, []byte(code), func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)

	var chunks []chunk
	depth := 0
	header := false
	start := -1
	var toks []token.Token
	flush := func(end int) {
		if start >= 0 {
			p := file.Position(file.Pos(start))
			chunks = append(chunks, chunk{kind: classify(toks), src: code[start:end], line: p.Line, col: p.Column})
		}
		start, toks = -1, nil
	}
	for {
		pos, tok, lit := s.Scan()
		off := file.Offset(pos)
		if tok == token.EOF {
			flush(len(code))
			break
		}
		// Semicolons in a for/if/switch header belong to the statement.
		if depth == 0 && (tok == token.FOR || tok == token.IF || tok == token.SWITCH) {
			header = true
		}
		if depth == 0 && tok == token.LBRACE {
			header = false
		}
		if tok == token.SEMICOLON && depth == 0 && !(header && lit == ";") {
			end := off
			if lit == ";" {
				end = off + 1
			}
			flush(end)
			continue
		}
		if start < 0 {
			start = off
		}
		toks = append(toks, tok)
		switch tok {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs.Err()
	}
	return chunks, nil
}

// classify decides a chunk's kind from its leading tokens. `func` starts a
// declaration when a name (or a receiver and a name) follows; otherwise it
// is a function literal in a statement.
func classify(toks []token.Token) chunkKind {
	if len(toks) == 0 {
		return kindStmt
	}
	switch toks[0] {
	case token.IMPORT:
		return kindImport
	case token.TYPE, token.CONST:
		return kindDecl
	case token.FUNC:
		if len(toks) > 1 && toks[1] == token.IDENT {
			return kindDecl
		}
		if len(toks) > 1 && toks[1] == token.LPAREN {
			d := 0
			for i := 1; i < len(toks); i++ {
				switch toks[i] {
				case token.LPAREN:
					d++
				case token.RPAREN:
					d--
				}
				if d == 0 {
					// A method: receiver, name, then parameters (or type
					// parameters); a literal has its results or body next.
					if i+2 < len(toks) && toks[i+1] == token.IDENT && (toks[i+2] == token.LPAREN || toks[i+2] == token.LBRACK) {
						return kindDecl
					}
					return kindStmt
				}
			}
		}
	}
	return kindStmt
}

// isExpr reports whether src is a single expression (the cell's value).
func isExpr(src string) (ast.Expr, bool) {
	e, err := parser.ParseExpr(src)
	return e, err == nil
}
