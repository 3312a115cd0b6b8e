package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

const palette = " .:-=+*#%@"

type Viewport struct {
	Center        complex128
	Width, Height float64
	Cols, Rows    int
}

func (v Viewport) Point(col, row int) complex128 {
	x := real(v.Center) - v.Width/2 + v.Width*float64(col)/float64(v.Cols-1)
	y := imag(v.Center) + v.Height/2 - v.Height*float64(row)/float64(v.Rows-1)
	return complex(x, y)
}

// escape returns the iteration count at which |z| exceeds 2.
func escape(z, c complex128, maxIter int) int {
	for i := 0; i < maxIter; i++ {
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
		z = z*z + c
	}
	return maxIter
}

func render(v Viewport, maxIter int, iterFn func(p complex128) int) (string, float64) {
	var sb strings.Builder
	inside := 0
	for r := 0; r < v.Rows; r++ {
		line := make([]byte, v.Cols)
		for c := range line {
			n := iterFn(v.Point(c, r))
			if n == maxIter {
				inside++
				line[c] = '@'
				continue
			}
			line[c] = palette[n*(len(palette)-1)/maxIter]
		}
		sb.WriteString("|" + strings.TrimRight(string(line), " ") + "\n")
	}
	return sb.String(), float64(inside) / float64(v.Rows*v.Cols)
}

func fmtC(z complex128) string {
	return fmt.Sprintf("%g%+gi", real(z), imag(z))
}

func main() {
	const maxIter = 60
	view := Viewport{Center: -0.6, Width: 3.2, Height: 2.4, Cols: 64, Rows: 22}
	img, frac := render(view, maxIter, func(p complex128) int { return escape(0, p, maxIter) })
	fmt.Println("Mandelbrot set:")
	fmt.Print(img)
	area := frac * view.Width * view.Height
	fmt.Printf("fraction inside %.4f -> area estimate %.4f (literature ~1.5066)\n\n", frac, area)

	c := complex(-0.8, 0.156)
	jv := Viewport{Center: 0, Width: 3.4, Height: 2.0, Cols: 64, Rows: 14}
	img, _ = render(jv, maxIter, func(p complex128) int { return escape(p, c, maxIter) })
	fmt.Printf("Julia set for c = %s:\n", fmtC(c))
	fmt.Print(img)

	fmt.Println("\nOrbits of selected points under z -> z^2 + c:")
	for _, pt := range []complex128{0, -1, complex(-0.75, 0.1), complex(0.3, 0.5), 0.26, complex(-0.1, 0.65)} {
		z := complex128(0)
		var orbit []string
		for i := 0; i < 6; i++ {
			z = z*z + pt
			orbit = append(orbit, fmt.Sprintf("%.3f", cmplx.Abs(z)))
		}
		fmt.Printf("  c=%-12s |z|: %s  escape=%d\n", fmtC(pt), strings.Join(orbit, " "), escape(0, pt, 200))
	}

	fmt.Println("\nComplex function table:")
	zs := []complex128{1i, complex(1, 1), -1, complex(3, -4)}
	for _, z := range zs {
		fmt.Printf("  z=%-6s |z|=%.4f arg=%+.4f sqrt=%.4f exp=%.4f log=%.4f\n",
			fmtC(z), cmplx.Abs(z), cmplx.Phase(z), cmplx.Sqrt(z), cmplx.Exp(z), cmplx.Log(z))
	}
	euler := cmplx.Exp(complex(0, math.Pi)) + 1
	fmt.Printf("  e^(i*pi)+1 = %.3g (|.|=%.2e)\n", euler, cmplx.Abs(euler))
	r, th := cmplx.Polar(complex(-2, 2))
	fmt.Printf("  polar(-2+2i) = r %.4f theta %.4f (%.1f deg) -> rect %.4f\n", r, th, th*180/math.Pi, cmplx.Rect(r, th))
}
