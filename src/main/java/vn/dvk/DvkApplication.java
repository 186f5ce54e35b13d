package vn.dvk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DvkApplication {

  public static void main(String[] args) {
    SpringApplication.run(DvkApplication.class, args);
  }
}
