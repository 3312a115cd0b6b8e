// Fixed-size [3][3]float64 matrices: value semantics, rotations, determinant, comparison.
package main

import (
	"fmt"
	"math"
)

type Mat3 [3][3]float64
type Vec3 [3]float64

var I3 = Mat3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (a Mat3) Mul(b Mat3) (c Mat3) {
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func (a Mat3) Apply(v Vec3) (out Vec3) {
	for i := range 3 {
		for k := range 3 {
			out[i] += a[i][k] * v[k]
		}
	}
	return out
}

func (a Mat3) Det() float64 {
	return a[0][0]*(a[1][1]*a[2][2]-a[1][2]*a[2][1]) -
		a[0][1]*(a[1][0]*a[2][2]-a[1][2]*a[2][0]) +
		a[0][2]*(a[1][0]*a[2][1]-a[1][1]*a[2][0])
}

func (a Mat3) Transpose() Mat3 {
	for i := range 3 {
		for j := i + 1; j < 3; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j] // a is a copy: caller unaffected
		}
	}
	return a
}

func (a Mat3) Round(places int) Mat3 {
	p := math.Pow(10, float64(places))
	for i := range 3 {
		for j := range 3 {
			a[i][j] = math.Round(a[i][j]*p) / p
			if a[i][j] == 0 {
				a[i][j] = 0 // normalise -0
			}
		}
	}
	return a
}

func RotZ(theta float64) Mat3 {
	s, c := math.Sincos(theta)
	return Mat3{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}
}

func RotX(theta float64) Mat3 {
	s, c := math.Sincos(theta)
	return Mat3{{1, 0, 0}, {0, c, -s}, {0, s, c}}
}

func (a Mat3) String() string {
	return fmt.Sprintf("[%6.3f %6.3f %6.3f]\n[%6.3f %6.3f %6.3f]\n[%6.3f %6.3f %6.3f]",
		a[0][0], a[0][1], a[0][2], a[1][0], a[1][1], a[1][2], a[2][0], a[2][1], a[2][2])
}

func main() {
	rz := RotZ(math.Pi / 2)
	fmt.Println("Rz(90):")
	fmt.Println(rz.Round(6))
	v := Vec3{1, 0, 0}
	fmt.Printf("Rz*x = %.3f\n", rz.Apply(v))

	// Four quarter turns return to identity (after rounding).
	acc := I3
	for range 4 {
		acc = acc.Mul(rz)
	}
	fmt.Println("Rz^4 == I (rounded):", acc.Round(9) == I3)
	fmt.Println("Rz^4 == I (exact):  ", acc == I3)

	// Orthogonality: R * R^T == I.
	r := RotX(0.3).Mul(RotZ(1.1))
	fmt.Println("R*R^T == I:", r.Mul(r.Transpose()).Round(12) == I3)
	fmt.Printf("det(R) = %.12f\n", r.Det())

	// Value semantics: Transpose does not modify the receiver.
	m := Mat3{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}
	mt := m.Transpose()
	fmt.Println("m unchanged:", m[0][1] == 2, "mt[0][1] =", mt[0][1])
	fmt.Println("det(m) =", m.Det(), "det(m^T) =", mt.Det())

	// Arrays are comparable, so they work as map keys.
	seen := map[Mat3]string{I3: "identity", RotZ(math.Pi).Round(9): "half-turn"}
	probe := RotZ(math.Pi / 2).Mul(RotZ(math.Pi / 2)).Round(9)
	if name, ok := seen[probe]; ok {
		fmt.Println("Rz(90)^2 recognised as", name)
	}
	fmt.Println("Rz(180) rounded:")
	fmt.Println(probe)
}
