package main

import (
	"fmt"
	"math"
)

type Mat3 [3][3]float64
type Vec3 [3]float64

func Identity() Mat3 {
	var m Mat3
	for i := range 3 {
		m[i][i] = 1
	}
	return m
}

func (a Mat3) Mul(b Mat3) Mat3 {
	var c Mat3
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func (a Mat3) Apply(v Vec3) Vec3 {
	var out Vec3
	for i := range 3 {
		for j := range 3 {
			out[i] += a[i][j] * v[j]
		}
	}
	return out
}

func (a Mat3) T() Mat3 {
	var t Mat3
	for i := range 3 {
		for j := range 3 {
			t[j][i] = a[i][j]
		}
	}
	return t
}

func (a Mat3) Det() float64 {
	return a[0][0]*(a[1][1]*a[2][2]-a[1][2]*a[2][1]) -
		a[0][1]*(a[1][0]*a[2][2]-a[1][2]*a[2][0]) +
		a[0][2]*(a[1][0]*a[2][1]-a[1][1]*a[2][0])
}

func (a Mat3) Inverse() (Mat3, bool) {
	det := a.Det()
	if math.Abs(det) < 1e-12 {
		return Mat3{}, false
	}
	var inv Mat3
	for i := range 3 {
		for j := range 3 {
			r1, r2 := (j+1)%3, (j+2)%3
			c1, c2 := (i+1)%3, (i+2)%3
			inv[i][j] = (a[r1][c1]*a[r2][c2] - a[r1][c2]*a[r2][c1]) / det
		}
	}
	return inv, true
}

func (a Mat3) String() string {
	s := ""
	for _, row := range a {
		s += fmt.Sprintf("[%8.3f %8.3f %8.3f]\n", row[0], row[1], row[2])
	}
	return s
}

func main() {
	a := Mat3{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	fmt.Print("A =\n", a)
	fmt.Printf("det(A) = %.4f\n", a.Det())
	inv, ok := a.Inverse()
	fmt.Printf("invertible=%t\nA^-1 =\n%v", ok, inv)
	fmt.Print("A*A^-1 =\n", a.Mul(inv))

	b := Vec3{1, 0, 1}
	x := inv.Apply(b)
	fmt.Printf("solve Ax=b: x=%v check=%v\n", x, a.Apply(x))

	rot := func(theta float64) Mat3 {
		c, s := math.Cos(theta), math.Sin(theta)
		return Mat3{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}
	}
	r := rot(math.Pi / 6)
	r3 := r.Mul(r).Mul(r)
	fmt.Print("rot(30°)^3 =\n", r3)
	fmt.Printf("det(rot)=%.6f  R*R^T==I? %v\n", r.Det(), approxEq(r.Mul(r.T()), Identity()))

	sing := Mat3{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	_, ok = sing.Inverse()
	fmt.Printf("singular det=%.3g invertible=%t\n", sing.Det(), ok)

	// arrays are values: copying does not alias
	c := a
	c[0][0] = 100
	fmt.Println(a[0][0], c[0][0], a == Mat3{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}})

	// covariance matrix of 3 features
	data := [][3]float64{{2.1, 8, 1.0}, {2.5, 10, 1.5}, {3.6, 12, 1.4}, {4.0, 14, 2.2}, {4.8, 15, 2.1}}
	var mean Vec3
	for _, r := range data {
		for j := range 3 {
			mean[j] += r[j] / float64(len(data))
		}
	}
	var cov Mat3
	for _, r := range data {
		for i := range 3 {
			for j := range 3 {
				cov[i][j] += (r[i] - mean[i]) * (r[j] - mean[j]) / float64(len(data)-1)
			}
		}
	}
	fmt.Printf("mean=%.3f\ncov=\n%v", mean, cov)
	fmt.Printf("%T %v\n", mean, len(cov))
}

func approxEq(a, b Mat3) bool {
	for i := range 3 {
		for j := range 3 {
			if math.Abs(a[i][j]-b[i][j]) > 1e-9 {
				return false
			}
		}
	}
	return true
}
