package org.ablationpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AblationPathApplication {
    public static void main(String[] args) {
        SpringApplication.run(AblationPathApplication.class, args);
    }
}
